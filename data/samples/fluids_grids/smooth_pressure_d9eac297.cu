// Warp 1.19.0 cuda code for smooth_pressure_d9eac297.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// smooth_pressure.py:24
static CUDA_CALLABLE wp::int32 cell_flag_at_0(
    wp::array_t<wp::int32> var_flags,
    wp::int32 var_x,
    wp::int32 var_y,
    wp::int32 var_nx,
    wp::int32 var_ny)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 1;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    bool var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    const wp::int32 var_8 = 2;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    //---------
    // forward
    // def cell_flag_at(flags: wp.array2d(dtype=wp.int32), x: int, y: int, nx: int, ny: int) -> int:       <L 25>
    // if y >= ny:                                                                            <L 27>
    var_0 = (var_y >= var_ny);
    if (var_0) {
        // return CELL_AIR                                                                    <L 28>
        return var_1;
    }
    // if x < 0 or x >= nx or y < 0:                                                          <L 29>
    var_4 = (var_x < var_3);
    var_2 = var_4;
    if (!var_2) {
        var_5 = (var_x >= var_nx);
        var_2 = var_2 || var_5;
    }
    if (!var_2) {
        var_7 = (var_y < var_6);
        var_2 = var_2 || var_7;
    }
    if (var_2) {
        // return CELL_SOLID                                                                  <L 30>
        return var_8;
    }
    // return flags[x, y]                                                                     <L 31>
    var_9 = wp::address(var_flags, var_x, var_y);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    return var_10;
}


// smooth_pressure.py:24
static CUDA_CALLABLE void adj_cell_flag_at_0(
    wp::array_t<wp::int32> var_flags,
    wp::int32 var_x,
    wp::int32 var_y,
    wp::int32 var_nx,
    wp::int32 var_ny,
    wp::array_t<wp::int32> & adj_flags,
    wp::int32 & adj_x,
    wp::int32 & adj_y,
    wp::int32 & adj_nx,
    wp::int32 & adj_ny,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void pressure_gauss_seidel_472cc9c8_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_cell_type,
    wp::array_t<wp::float32> var_divergence,
    wp::array_t<wp::float32> var_relaxation,
    wp::array_t<wp::float32> var_cell_size,
    wp::array_t<wp::float32> var_grid_p,
    wp::array_t<wp::float32> var_pressure_residual,
    wp::int32 var_color)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        bool var_13;
        wp::int32* var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 0;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const wp::float32 var_30 = 0.0;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.0;
        wp::float32 var_33;
        wp::int32 var_34;
        bool var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 1.0;
        wp::float32 var_40;
        const wp::int32 var_41 = 1;
        bool var_42;
        const wp::float32 var_43 = 1.0;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::int32 var_48;
        bool var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        const wp::float32 var_53 = 1.0;
        wp::float32 var_54;
        bool var_55;
        const wp::float32 var_56 = 1.0;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        wp::int32 var_63;
        bool var_64;
        const wp::int32 var_65 = 1;
        wp::int32 var_66;
        wp::float32* var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        const wp::float32 var_70 = 1.0;
        wp::float32 var_71;
        bool var_72;
        const wp::float32 var_73 = 1.0;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::int32 var_78 = 1;
        wp::int32 var_79;
        wp::int32 var_80;
        bool var_81;
        const wp::int32 var_82 = 1;
        wp::int32 var_83;
        wp::float32* var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        const wp::float32 var_87 = 1.0;
        wp::float32 var_88;
        bool var_89;
        const wp::float32 var_90 = 1.0;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        const wp::float32 var_95 = 0.0;
        bool var_96;
        wp::float32* var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        wp::float32 var_101;
        wp::float32 var_102;
        wp::float32* var_103;
        wp::float32 var_104;
        wp::float32 var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        wp::float32 var_111;
        //---------
        // forward
        // def pressure_gauss_seidel(                                                             <L 35>
        // i, j = wp.tid()                                                                        <L 44>
        builtin_tid2d(var_0, var_1);
        // nx = cell_type.shape[0]                                                                <L 45>
        var_2 = &(var_cell_type.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = cell_type.shape[1]                                                                <L 46>
        var_6 = &(var_cell_type.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if (i + j) % 2 != color:                                                               <L 47>
        var_10 = wp::add(var_0, var_1);
        var_12 = wp::mod(var_10, var_11);
        var_13 = (var_12 != var_color);
        if (var_13) {
            // return                                                                             <L 48>
            continue;
        }
        // if cell_type[i, j] != CELL_FLUID:                                                      <L 49>
        var_14 = wp::address(var_cell_type, var_0, var_1);
        var_17 = wp::load(var_14);
        var_16 = (var_17 != var_15);
        if (var_16) {
            // return                                                                             <L 50>
            continue;
        }
        // dx = cell_size[0]                                                                      <L 51>
        var_19 = wp::address(var_cell_size, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // omega = relaxation[0]                                                                  <L 52>
        var_23 = wp::address(var_relaxation, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // i_w = i - 1                                                                            <L 53>
        var_27 = wp::sub(var_0, var_26);
        // i_e = i + 1                                                                            <L 54>
        var_29 = wp::add(var_0, var_28);
        // acc = float(0.0)                                                                       <L 55>
        var_31 = wp::float(var_30);
        // weight = float(0.0)                                                                    <L 56>
        var_33 = wp::float(var_32);
        // f_w = cell_flag_at(cell_type, i_w, j, nx, ny)                                          <L 57>
        var_34 = cell_flag_at_0(var_cell_type, var_27, var_1, var_4, var_8);
        // if f_w == CELL_FLUID:                                                                  <L 58>
        var_35 = (var_34 == var_15);
        if (var_35) {
            // acc += grid_p[i_w, j]                                                              <L 59>
            var_36 = wp::address(var_grid_p, var_27, var_1);
            var_38 = wp::load(var_36);
            var_37 = wp::add(var_31, var_38);
            // weight += 1.0                                                                      <L 60>
            var_40 = wp::add(var_33, var_39);
        }
        if (!var_35) {
            // elif f_w == CELL_AIR:                                                              <L 61>
            var_42 = (var_34 == var_41);
            if (var_42) {
                // weight += 1.0                                                                  <L 62>
                var_44 = wp::add(var_33, var_43);
            }
            var_45 = wp::where(var_42, var_44, var_33);
        }
        var_46 = wp::where(var_35, var_37, var_31);
        var_47 = wp::where(var_35, var_40, var_45);
        // f_e = cell_flag_at(cell_type, i_e, j, nx, ny)                                          <L 63>
        var_48 = cell_flag_at_0(var_cell_type, var_29, var_1, var_4, var_8);
        // if f_e == CELL_FLUID:                                                                  <L 64>
        var_49 = (var_48 == var_15);
        if (var_49) {
            // acc += grid_p[i_e, j]                                                              <L 65>
            var_50 = wp::address(var_grid_p, var_29, var_1);
            var_52 = wp::load(var_50);
            var_51 = wp::add(var_46, var_52);
            // weight += 1.0                                                                      <L 66>
            var_54 = wp::add(var_47, var_53);
        }
        if (!var_49) {
            // elif f_e == CELL_AIR:                                                              <L 67>
            var_55 = (var_48 == var_41);
            if (var_55) {
                // weight += 1.0                                                                  <L 68>
                var_57 = wp::add(var_47, var_56);
            }
            var_58 = wp::where(var_55, var_57, var_47);
        }
        var_59 = wp::where(var_49, var_51, var_46);
        var_60 = wp::where(var_49, var_54, var_58);
        // f_s = cell_flag_at(cell_type, i, j - 1, nx, ny)                                        <L 69>
        var_62 = wp::sub(var_1, var_61);
        var_63 = cell_flag_at_0(var_cell_type, var_0, var_62, var_4, var_8);
        // if f_s == CELL_FLUID:                                                                  <L 70>
        var_64 = (var_63 == var_15);
        if (var_64) {
            // acc += grid_p[i, j - 1]                                                            <L 71>
            var_66 = wp::sub(var_1, var_65);
            var_67 = wp::address(var_grid_p, var_0, var_66);
            var_69 = wp::load(var_67);
            var_68 = wp::add(var_59, var_69);
            // weight += 1.0                                                                      <L 72>
            var_71 = wp::add(var_60, var_70);
        }
        if (!var_64) {
            // elif f_s == CELL_AIR:                                                              <L 73>
            var_72 = (var_63 == var_41);
            if (var_72) {
                // weight += 1.0                                                                  <L 74>
                var_74 = wp::add(var_60, var_73);
            }
            var_75 = wp::where(var_72, var_74, var_60);
        }
        var_76 = wp::where(var_64, var_68, var_59);
        var_77 = wp::where(var_64, var_71, var_75);
        // f_n = cell_flag_at(cell_type, i, j + 1, nx, ny)                                        <L 75>
        var_79 = wp::add(var_1, var_78);
        var_80 = cell_flag_at_0(var_cell_type, var_0, var_79, var_4, var_8);
        // if f_n == CELL_FLUID:                                                                  <L 76>
        var_81 = (var_80 == var_15);
        if (var_81) {
            // acc += grid_p[i, j + 1]                                                            <L 77>
            var_83 = wp::add(var_1, var_82);
            var_84 = wp::address(var_grid_p, var_0, var_83);
            var_86 = wp::load(var_84);
            var_85 = wp::add(var_76, var_86);
            // weight += 1.0                                                                      <L 78>
            var_88 = wp::add(var_77, var_87);
        }
        if (!var_81) {
            // elif f_n == CELL_AIR:                                                              <L 79>
            var_89 = (var_80 == var_41);
            if (var_89) {
                // weight += 1.0                                                                  <L 80>
                var_91 = wp::add(var_77, var_90);
            }
            var_92 = wp::where(var_89, var_91, var_77);
        }
        var_93 = wp::where(var_81, var_85, var_76);
        var_94 = wp::where(var_81, var_88, var_92);
        // if weight == 0.0:                                                                      <L 81>
        var_96 = (var_94 == var_95);
        if (var_96) {
            // return                                                                             <L 83>
            continue;
        }
        // b = divergence[i, j] * dx * dx                                                         <L 84>
        var_97 = wp::address(var_divergence, var_0, var_1);
        var_99 = wp::load(var_97);
        var_98 = wp::mul(var_99, var_20);
        var_100 = wp::mul(var_98, var_20);
        // p_gs = (acc - b) / weight                                                              <L 85>
        var_101 = wp::sub(var_93, var_100);
        var_102 = wp::div(var_101, var_94);
        // p_old = grid_p[i, j]                                                                   <L 86>
        var_103 = wp::address(var_grid_p, var_0, var_1);
        var_105 = wp::load(var_103);
        var_104 = wp::copy(var_105);
        // pressure_residual[i, j] = acc - weight * p_old - b                                     <L 87>
        var_106 = wp::mul(var_94, var_104);
        var_107 = wp::sub(var_93, var_106);
        var_108 = wp::sub(var_107, var_100);
        wp::array_store(var_pressure_residual, var_0, var_1, var_108);
        // grid_p[i, j] = p_old + omega * (p_gs - p_old)                                          <L 89>
        var_109 = wp::sub(var_102, var_104);
        var_110 = wp::mul(var_24, var_109);
        var_111 = wp::add(var_104, var_110);
        wp::array_store(var_grid_p, var_0, var_1, var_111);
    }
}



extern "C" __global__ void smooth_pressure_72fee81d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_pressure,
    wp::array_t<wp::float32> var_divergence,
    wp::array_t<wp::float32> var_relaxation,
    wp::array_t<wp::float32> var_pressure_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        bool var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        bool var_19;
        const wp::int32 var_20 = 0;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        bool var_24;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.25;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::float32* var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 1;
        wp::int32 var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        //---------
        // forward
        // def smooth_pressure(                                                                   <L 10>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // nx = pressure.shape[0]                                                                 <L 17>
        var_2 = &(var_pressure.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = pressure.shape[1]                                                                 <L 18>
        var_6 = &(var_pressure.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // w = relaxation[0]                                                                      <L 19>
        var_11 = wp::address(var_relaxation, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if i > 0 and i < nx - 1 and j > 0 and j < ny - 1:                                      <L 20>
        var_16 = (var_0 > var_15);
        var_14 = var_16;
        if (var_14) {
            var_18 = wp::sub(var_4, var_17);
            var_19 = (var_0 < var_18);
            var_14 = var_14 && var_19;
        }
        if (var_14) {
            var_21 = (var_1 > var_20);
            var_14 = var_14 && var_21;
        }
        if (var_14) {
            var_23 = wp::sub(var_8, var_22);
            var_24 = (var_1 < var_23);
            var_14 = var_14 && var_24;
        }
        if (var_14) {
            // pressure_out[i, j] = (1.0 - w) * pressure[i, j] + 0.25 * w * (pressure[i - 1, j] + pressure[i + 1, j] + pressure[i, j - 1] + pressure[i, j + 1] - divergence[i, j])       <L 21>
            var_26 = wp::sub(var_25, var_12);
            var_27 = wp::address(var_pressure, var_0, var_1);
            var_29 = wp::load(var_27);
            var_28 = wp::mul(var_26, var_29);
            var_31 = wp::mul(var_30, var_12);
            var_33 = wp::sub(var_0, var_32);
            var_34 = wp::address(var_pressure, var_33, var_1);
            var_36 = wp::add(var_0, var_35);
            var_37 = wp::address(var_pressure, var_36, var_1);
            var_39 = wp::load(var_34);
            var_40 = wp::load(var_37);
            var_38 = wp::add(var_39, var_40);
            var_42 = wp::sub(var_1, var_41);
            var_43 = wp::address(var_pressure, var_0, var_42);
            var_45 = wp::load(var_43);
            var_44 = wp::add(var_38, var_45);
            var_47 = wp::add(var_1, var_46);
            var_48 = wp::address(var_pressure, var_0, var_47);
            var_50 = wp::load(var_48);
            var_49 = wp::add(var_44, var_50);
            var_51 = wp::address(var_divergence, var_0, var_1);
            var_53 = wp::load(var_51);
            var_52 = wp::sub(var_49, var_53);
            var_54 = wp::mul(var_31, var_52);
            var_55 = wp::add(var_28, var_54);
            wp::array_store(var_pressure_out, var_0, var_1, var_55);
        }
    }
}



extern "C" __global__ void smooth_pressure_72fee81d_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_pressure,
    wp::array_t<wp::float32> var_divergence,
    wp::array_t<wp::float32> var_relaxation,
    wp::array_t<wp::float32> var_pressure_out,
    wp::array_t<wp::float32> adj_pressure,
    wp::array_t<wp::float32> adj_divergence,
    wp::array_t<wp::float32> adj_relaxation,
    wp::array_t<wp::float32> adj_pressure_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        bool var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        bool var_19;
        const wp::int32 var_20 = 0;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        bool var_24;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.25;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::float32* var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 1;
        wp::int32 var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        bool adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        //---------
        // forward
        // def smooth_pressure(                                                                   <L 10>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // nx = pressure.shape[0]                                                                 <L 17>
        var_2 = &(var_pressure.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = pressure.shape[1]                                                                 <L 18>
        var_6 = &(var_pressure.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // w = relaxation[0]                                                                      <L 19>
        var_11 = wp::address(var_relaxation, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if i > 0 and i < nx - 1 and j > 0 and j < ny - 1:                                      <L 20>
        var_16 = (var_0 > var_15);
        var_14 = var_16;
        if (var_14) {
            var_18 = wp::sub(var_4, var_17);
            var_19 = (var_0 < var_18);
            var_14 = var_14 && var_19;
        }
        if (var_14) {
            var_21 = (var_1 > var_20);
            var_14 = var_14 && var_21;
        }
        if (var_14) {
            var_23 = wp::sub(var_8, var_22);
            var_24 = (var_1 < var_23);
            var_14 = var_14 && var_24;
        }
        if (var_14) {
            // pressure_out[i, j] = (1.0 - w) * pressure[i, j] + 0.25 * w * (pressure[i - 1, j] + pressure[i + 1, j] + pressure[i, j - 1] + pressure[i, j + 1] - divergence[i, j])       <L 21>
            var_26 = wp::sub(var_25, var_12);
            var_27 = wp::address(var_pressure, var_0, var_1);
            var_29 = wp::load(var_27);
            var_28 = wp::mul(var_26, var_29);
            var_31 = wp::mul(var_30, var_12);
            var_33 = wp::sub(var_0, var_32);
            var_34 = wp::address(var_pressure, var_33, var_1);
            var_36 = wp::add(var_0, var_35);
            var_37 = wp::address(var_pressure, var_36, var_1);
            var_39 = wp::load(var_34);
            var_40 = wp::load(var_37);
            var_38 = wp::add(var_39, var_40);
            var_42 = wp::sub(var_1, var_41);
            var_43 = wp::address(var_pressure, var_0, var_42);
            var_45 = wp::load(var_43);
            var_44 = wp::add(var_38, var_45);
            var_47 = wp::add(var_1, var_46);
            var_48 = wp::address(var_pressure, var_0, var_47);
            var_50 = wp::load(var_48);
            var_49 = wp::add(var_44, var_50);
            var_51 = wp::address(var_divergence, var_0, var_1);
            var_53 = wp::load(var_51);
            var_52 = wp::sub(var_49, var_53);
            var_54 = wp::mul(var_31, var_52);
            var_55 = wp::add(var_28, var_54);
            // wp::array_store(var_pressure_out, var_0, var_1, var_55);
        }
        //---------
        // reverse
        if (var_14) {
            wp::adj_array_store(var_pressure_out, var_0, var_1, var_55, adj_pressure_out, adj_0, adj_1, adj_55);
            wp::adj_add(var_28, var_54, adj_28, adj_54, adj_55);
            wp::adj_mul(var_31, var_52, adj_31, adj_52, adj_54);
            wp::adj_sub(var_49, var_53, adj_49, adj_51, adj_52);
            wp::adj_address(var_divergence, var_0, var_1, adj_divergence, adj_0, adj_1, adj_51);
            wp::adj_add(var_44, var_50, adj_44, adj_48, adj_49);
            wp::adj_address(var_pressure, var_0, var_47, adj_pressure, adj_0, adj_47, adj_48);
            wp::adj_add(var_1, var_46, adj_1, adj_46, adj_47);
            wp::adj_add(var_38, var_45, adj_38, adj_43, adj_44);
            wp::adj_address(var_pressure, var_0, var_42, adj_pressure, adj_0, adj_42, adj_43);
            wp::adj_sub(var_1, var_41, adj_1, adj_41, adj_42);
            wp::adj_add(var_39, var_40, adj_34, adj_37, adj_38);
            wp::adj_address(var_pressure, var_36, var_1, adj_pressure, adj_36, adj_1, adj_37);
            wp::adj_add(var_0, var_35, adj_0, adj_35, adj_36);
            wp::adj_address(var_pressure, var_33, var_1, adj_pressure, adj_33, adj_1, adj_34);
            wp::adj_sub(var_0, var_32, adj_0, adj_32, adj_33);
            wp::adj_mul(var_30, var_12, adj_30, adj_12, adj_31);
            wp::adj_mul(var_26, var_29, adj_26, adj_27, adj_28);
            wp::adj_address(var_pressure, var_0, var_1, adj_pressure, adj_0, adj_1, adj_27);
            wp::adj_sub(var_25, var_12, adj_25, adj_12, adj_26);
            // adj: pressure_out[i, j] = (1.0 - w) * pressure[i, j] + 0.25 * w * (pressure[i - 1, j] + pressure[i + 1, j] + pressure[i, j - 1] + pressure[i, j + 1] - divergence[i, j])  <L 21>
        }
        if (var_14) {
            wp::adj_sub(var_8, var_22, adj_8, adj_22, adj_23);
        }
        if (var_14) {
        }
        if (var_14) {
            wp::adj_sub(var_4, var_17, adj_4, adj_17, adj_18);
        }
        // adj: if i > 0 and i < nx - 1 and j > 0 and j < ny - 1:                                 <L 20>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_relaxation, var_10, adj_relaxation, adj_10, adj_11);
        // adj: w = relaxation[0]                                                                 <L 19>
        adj_pressure.shape = adj_6;
        // adj: ny = pressure.shape[1]                                                            <L 18>
        adj_pressure.shape = adj_2;
        // adj: nx = pressure.shape[0]                                                            <L 17>
        // adj: i, j = wp.tid()                                                                   <L 16>
        // adj: def smooth_pressure(                                                              <L 10>
        continue;
    }
}

