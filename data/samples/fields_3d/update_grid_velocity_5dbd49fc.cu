// Warp 1.19.0 cuda code for update_grid_velocity_5dbd49fc.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// update_grid_velocity.py:13
static CUDA_CALLABLE wp::vec_t<3, wp::float32> project_slip_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                                   <L 14>
    // vn = wp.dot(v, n)                                                                      <L 15>
    var_0 = wp::dot(var_v, var_n);
    // if vn >= 0.0:                                                                          <L 16>
    var_2 = (var_0 >= var_1);
    if (var_2) {
        // return v                                                                           <L 18>
        return var_v;
    }
    // vt = v - n * vn                                                                        <L 19>
    var_3 = wp::mul(var_n, var_0);
    var_4 = wp::sub(var_v, var_3);
    // return vt                                                                              <L 20>
    return var_4;
}


// update_grid_velocity.py:13
static CUDA_CALLABLE void adj_project_slip_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                                   <L 14>
    // vn = wp.dot(v, n)                                                                      <L 15>
    var_0 = wp::dot(var_v, var_n);
    // if vn >= 0.0:                                                                          <L 16>
    var_2 = (var_0 >= var_1);
    if (var_2) {
        // return v                                                                           <L 18>
        goto label0;
    }
    // vt = v - n * vn                                                                        <L 19>
    var_3 = wp::mul(var_n, var_0);
    var_4 = wp::sub(var_v, var_3);
    // return vt                                                                              <L 20>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_4 += adj_ret;
    // adj: return vt                                                                         <L 20>
    wp::adj_sub(var_v, var_3, adj_v, adj_3, adj_4);
    wp::adj_mul(var_n, var_0, adj_n, adj_0, adj_3);
    // adj: vt = v - n * vn                                                                   <L 19>
    if (var_2) {
        label0:;
        adj_v += adj_ret;
        // adj: return v                                                                      <L 18>
    }
    // adj: if vn >= 0.0:                                                                     <L 16>
    wp::adj_dot(var_v, var_n, adj_v, adj_n, adj_0);
    // adj: vn = wp.dot(v, n)                                                                 <L 15>
    // adj: def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                              <L 14>
    return;
}



extern "C" __global__ void update_grid_velocity_419af7c9_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_grid_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_momentum,
    wp::array_t<wp::int32> var_cell_type,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::float32 var_delta_time,
    wp::int32 var_padding,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_velocity)
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
        wp::int32 var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        bool var_7;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::float32 var_13 = 0.0;
        const wp::float32 var_14 = -9.81;
        const wp::float32 var_15 = 0.0;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        bool var_23;
        const wp::float32 var_24 = 0.0;
        wp::vec_t<3, wp::float32> var_25;
        const wp::int32 var_26 = 2;
        bool var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::int32 var_31 = 0;
        bool var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::shape_t* var_35;
        const wp::int32 var_36 = 0;
        wp::int32 var_37;
        wp::shape_t var_38;
        wp::shape_t* var_39;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        wp::shape_t var_42;
        wp::shape_t* var_43;
        const wp::int32 var_44 = 2;
        wp::int32 var_45;
        wp::shape_t var_46;
        bool var_47;
        bool var_48;
        bool var_49;
        bool var_50;
        wp::int32 var_51;
        bool var_52;
        wp::int32 var_53;
        bool var_54;
        wp::int32 var_55;
        bool var_56;
        const wp::float32 var_57 = 0.0;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        //---------
        // forward
        // def update_grid_velocity(                                                              <L 24>
        // i, j, k = wp.tid()                                                                     <L 33>
        builtin_tid3d(var_0, var_1, var_2);
        // m = grid_mass[i, j, k]                                                                 <L 34>
        var_3 = wp::address(var_grid_mass, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // if m <= 0.0:                                                                           <L 35>
        var_7 = (var_4 <= var_6);
        if (var_7) {
            // grid_velocity[i, j, k] = wp.vec3(0.0)                                              <L 36>
            var_9 = wp::vec_t<3, wp::float32>(var_8);
            wp::array_store(var_grid_velocity, var_0, var_1, var_2, var_9);
            // return                                                                             <L 37>
            continue;
        }
        // v = grid_momentum[i, j, k] / m + wp.vec3(0.0, -9.81, 0.0) * delta_time                 <L 38>
        var_10 = wp::address(var_grid_momentum, var_0, var_1, var_2);
        var_12 = wp::load(var_10);
        var_11 = wp::div(var_12, var_4);
        var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
        var_17 = wp::mul(var_16, var_delta_time);
        var_18 = wp::add(var_11, var_17);
        // cell = cell_type[i, j, k]                                                              <L 39>
        var_19 = wp::address(var_cell_type, var_0, var_1, var_2);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // if cell == CellType.SOLID:                                                             <L 40>
        var_23 = (var_20 == var_22);
        if (var_23) {
            // v = wp.vec3(0.0)                                                                   <L 41>
            var_25 = wp::vec_t<3, wp::float32>(var_24);
        }
        if (!var_23) {
            // elif cell == CellType.SLIP:                                                        <L 42>
            var_27 = (var_20 == var_26);
            if (var_27) {
                // v = project_slip(v, normals[i, j, k])                                          <L 43>
                var_28 = wp::address(var_normals, var_0, var_1, var_2);
                var_30 = wp::load(var_28);
                var_29 = project_slip_0(var_18, var_30);
            }
            if (!var_27) {
                // elif cell != CellType.FREE:                                                    <L 44>
                var_32 = (var_20 != var_31);
                if (var_32) {
                    // return                                                                     <L 45>
                    continue;
                }
            }
            var_33 = wp::where(var_27, var_29, var_18);
        }
        var_34 = wp::where(var_23, var_25, var_33);
        // nx = grid_mass.shape[0]                                                                <L 46>
        var_35 = &(var_grid_mass.shape);
        var_38 = wp::load(var_35);
        var_37 = wp::extract(var_38, var_36);
        // ny = grid_mass.shape[1]                                                                <L 47>
        var_39 = &(var_grid_mass.shape);
        var_42 = wp::load(var_39);
        var_41 = wp::extract(var_42, var_40);
        // nz = grid_mass.shape[2]                                                                <L 48>
        var_43 = &(var_grid_mass.shape);
        var_46 = wp::load(var_43);
        var_45 = wp::extract(var_46, var_44);
        // if i < padding or j < padding or k < padding or i >= nx - padding or j >= ny - padding or k >= nz - padding:       <L 49>
        var_48 = (var_0 < var_padding);
        var_47 = var_48;
        if (!var_47) {
            var_49 = (var_1 < var_padding);
            var_47 = var_47 || var_49;
        }
        if (!var_47) {
            var_50 = (var_2 < var_padding);
            var_47 = var_47 || var_50;
        }
        if (!var_47) {
            var_51 = wp::sub(var_37, var_padding);
            var_52 = (var_0 >= var_51);
            var_47 = var_47 || var_52;
        }
        if (!var_47) {
            var_53 = wp::sub(var_41, var_padding);
            var_54 = (var_1 >= var_53);
            var_47 = var_47 || var_54;
        }
        if (!var_47) {
            var_55 = wp::sub(var_45, var_padding);
            var_56 = (var_2 >= var_55);
            var_47 = var_47 || var_56;
        }
        if (var_47) {
            // v = wp.vec3(0.0)                                                                   <L 50>
            var_58 = wp::vec_t<3, wp::float32>(var_57);
        }
        var_59 = wp::where(var_47, var_58, var_34);
        // grid_velocity[i, j, k] = v                                                             <L 51>
        wp::array_store(var_grid_velocity, var_0, var_1, var_2, var_59);
    }
}



extern "C" __global__ void update_grid_velocity_419af7c9_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_grid_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_momentum,
    wp::array_t<wp::int32> var_cell_type,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::float32 var_delta_time,
    wp::int32 var_padding,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_velocity,
    wp::array_t<wp::float32> adj_grid_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_momentum,
    wp::array_t<wp::int32> adj_cell_type,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::float32 adj_delta_time,
    wp::int32 adj_padding,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_velocity)
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
        wp::int32 var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        bool var_7;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::float32 var_13 = 0.0;
        const wp::float32 var_14 = -9.81;
        const wp::float32 var_15 = 0.0;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        bool var_23;
        const wp::float32 var_24 = 0.0;
        wp::vec_t<3, wp::float32> var_25;
        const wp::int32 var_26 = 2;
        bool var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::int32 var_31 = 0;
        bool var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::shape_t* var_35;
        const wp::int32 var_36 = 0;
        wp::int32 var_37;
        wp::shape_t var_38;
        wp::shape_t* var_39;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        wp::shape_t var_42;
        wp::shape_t* var_43;
        const wp::int32 var_44 = 2;
        wp::int32 var_45;
        wp::shape_t var_46;
        bool var_47;
        bool var_48;
        bool var_49;
        bool var_50;
        wp::int32 var_51;
        bool var_52;
        wp::int32 var_53;
        bool var_54;
        wp::int32 var_55;
        bool var_56;
        const wp::float32 var_57 = 0.0;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::int32 adj_26 = {};
        bool adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::int32 adj_31 = {};
        bool adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::shape_t adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::shape_t adj_38 = {};
        wp::shape_t adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::shape_t adj_42 = {};
        wp::shape_t adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::shape_t adj_46 = {};
        bool adj_47 = {};
        bool adj_48 = {};
        bool adj_49 = {};
        bool adj_50 = {};
        wp::int32 adj_51 = {};
        bool adj_52 = {};
        wp::int32 adj_53 = {};
        bool adj_54 = {};
        wp::int32 adj_55 = {};
        bool adj_56 = {};
        wp::float32 adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        //---------
        // forward
        // def update_grid_velocity(                                                              <L 24>
        // i, j, k = wp.tid()                                                                     <L 33>
        builtin_tid3d(var_0, var_1, var_2);
        // m = grid_mass[i, j, k]                                                                 <L 34>
        var_3 = wp::address(var_grid_mass, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // if m <= 0.0:                                                                           <L 35>
        var_7 = (var_4 <= var_6);
        if (var_7) {
            // grid_velocity[i, j, k] = wp.vec3(0.0)                                              <L 36>
            var_9 = wp::vec_t<3, wp::float32>(var_8);
            // wp::array_store(var_grid_velocity, var_0, var_1, var_2, var_9);
            // return                                                                             <L 37>
            goto label0;
        }
        // v = grid_momentum[i, j, k] / m + wp.vec3(0.0, -9.81, 0.0) * delta_time                 <L 38>
        var_10 = wp::address(var_grid_momentum, var_0, var_1, var_2);
        var_12 = wp::load(var_10);
        var_11 = wp::div(var_12, var_4);
        var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
        var_17 = wp::mul(var_16, var_delta_time);
        var_18 = wp::add(var_11, var_17);
        // cell = cell_type[i, j, k]                                                              <L 39>
        var_19 = wp::address(var_cell_type, var_0, var_1, var_2);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // if cell == CellType.SOLID:                                                             <L 40>
        var_23 = (var_20 == var_22);
        if (var_23) {
            // v = wp.vec3(0.0)                                                                   <L 41>
            var_25 = wp::vec_t<3, wp::float32>(var_24);
        }
        if (!var_23) {
            // elif cell == CellType.SLIP:                                                        <L 42>
            var_27 = (var_20 == var_26);
            if (var_27) {
                // v = project_slip(v, normals[i, j, k])                                          <L 43>
                var_28 = wp::address(var_normals, var_0, var_1, var_2);
                var_30 = wp::load(var_28);
                var_29 = project_slip_0(var_18, var_30);
            }
            if (!var_27) {
                // elif cell != CellType.FREE:                                                    <L 44>
                var_32 = (var_20 != var_31);
                if (var_32) {
                    // return                                                                     <L 45>
                    goto label1;
                }
            }
            var_33 = wp::where(var_27, var_29, var_18);
        }
        var_34 = wp::where(var_23, var_25, var_33);
        // nx = grid_mass.shape[0]                                                                <L 46>
        var_35 = &(var_grid_mass.shape);
        var_38 = wp::load(var_35);
        var_37 = wp::extract(var_38, var_36);
        // ny = grid_mass.shape[1]                                                                <L 47>
        var_39 = &(var_grid_mass.shape);
        var_42 = wp::load(var_39);
        var_41 = wp::extract(var_42, var_40);
        // nz = grid_mass.shape[2]                                                                <L 48>
        var_43 = &(var_grid_mass.shape);
        var_46 = wp::load(var_43);
        var_45 = wp::extract(var_46, var_44);
        // if i < padding or j < padding or k < padding or i >= nx - padding or j >= ny - padding or k >= nz - padding:       <L 49>
        var_48 = (var_0 < var_padding);
        var_47 = var_48;
        if (!var_47) {
            var_49 = (var_1 < var_padding);
            var_47 = var_47 || var_49;
        }
        if (!var_47) {
            var_50 = (var_2 < var_padding);
            var_47 = var_47 || var_50;
        }
        if (!var_47) {
            var_51 = wp::sub(var_37, var_padding);
            var_52 = (var_0 >= var_51);
            var_47 = var_47 || var_52;
        }
        if (!var_47) {
            var_53 = wp::sub(var_41, var_padding);
            var_54 = (var_1 >= var_53);
            var_47 = var_47 || var_54;
        }
        if (!var_47) {
            var_55 = wp::sub(var_45, var_padding);
            var_56 = (var_2 >= var_55);
            var_47 = var_47 || var_56;
        }
        if (var_47) {
            // v = wp.vec3(0.0)                                                                   <L 50>
            var_58 = wp::vec_t<3, wp::float32>(var_57);
        }
        var_59 = wp::where(var_47, var_58, var_34);
        // grid_velocity[i, j, k] = v                                                             <L 51>
        // wp::array_store(var_grid_velocity, var_0, var_1, var_2, var_59);
        //---------
        // reverse
        wp::adj_array_store(var_grid_velocity, var_0, var_1, var_2, var_59, adj_grid_velocity, adj_0, adj_1, adj_2, adj_59);
        // adj: grid_velocity[i, j, k] = v                                                        <L 51>
        wp::adj_where(var_47, var_58, var_34, adj_47, adj_58, adj_34, adj_59);
        if (var_47) {
            wp::adj_vec_t(var_57, adj_57, adj_58);
            // adj: v = wp.vec3(0.0)                                                              <L 50>
        }
        if (!var_47) {
            wp::adj_sub(var_45, var_padding, adj_45, adj_padding, adj_55);
        }
        if (!var_47) {
            wp::adj_sub(var_41, var_padding, adj_41, adj_padding, adj_53);
        }
        if (!var_47) {
            wp::adj_sub(var_37, var_padding, adj_37, adj_padding, adj_51);
        }
        if (!var_47) {
        }
        if (!var_47) {
        }
        // adj: if i < padding or j < padding or k < padding or i >= nx - padding or j >= ny - padding or k >= nz - padding:  <L 49>
        adj_grid_mass.shape = adj_43;
        // adj: nz = grid_mass.shape[2]                                                           <L 48>
        adj_grid_mass.shape = adj_39;
        // adj: ny = grid_mass.shape[1]                                                           <L 47>
        adj_grid_mass.shape = adj_35;
        // adj: nx = grid_mass.shape[0]                                                           <L 46>
        wp::adj_where(var_23, var_25, var_33, adj_23, adj_25, adj_33, adj_34);
        if (!var_23) {
            wp::adj_where(var_27, var_29, var_18, adj_27, adj_29, adj_18, adj_33);
            if (!var_27) {
                if (var_32) {
                    label1:;
                    // adj: return                                                                <L 45>
                }
                // adj: elif cell != CellType.FREE:                                               <L 44>
            }
            if (var_27) {
                adj_project_slip_0(var_18, var_30, adj_18, adj_28, adj_29);
                wp::adj_address(var_normals, var_0, var_1, var_2, adj_normals, adj_0, adj_1, adj_2, adj_28);
                // adj: v = project_slip(v, normals[i, j, k])                                     <L 43>
            }
            // adj: elif cell == CellType.SLIP:                                                   <L 42>
        }
        if (var_23) {
            wp::adj_vec_t(var_24, adj_24, adj_25);
            // adj: v = wp.vec3(0.0)                                                              <L 41>
        }
        // adj: if cell == CellType.SOLID:                                                        <L 40>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_cell_type, var_0, var_1, var_2, adj_cell_type, adj_0, adj_1, adj_2, adj_19);
        // adj: cell = cell_type[i, j, k]                                                         <L 39>
        wp::adj_add(var_11, var_17, adj_11, adj_17, adj_18);
        wp::adj_mul(var_16, var_delta_time, adj_16, adj_delta_time, adj_17);
        wp::adj_vec_t(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
        wp::adj_div(var_12, var_4, adj_10, adj_4, adj_11);
        wp::adj_address(var_grid_momentum, var_0, var_1, var_2, adj_grid_momentum, adj_0, adj_1, adj_2, adj_10);
        // adj: v = grid_momentum[i, j, k] / m + wp.vec3(0.0, -9.81, 0.0) * delta_time            <L 38>
        if (var_7) {
            label0:;
            // adj: return                                                                        <L 37>
            wp::adj_array_store(var_grid_velocity, var_0, var_1, var_2, var_9, adj_grid_velocity, adj_0, adj_1, adj_2, adj_9);
            wp::adj_vec_t(var_8, adj_8, adj_9);
            // adj: grid_velocity[i, j, k] = wp.vec3(0.0)                                         <L 36>
        }
        // adj: if m <= 0.0:                                                                      <L 35>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_grid_mass, var_0, var_1, var_2, adj_grid_mass, adj_0, adj_1, adj_2, adj_3);
        // adj: m = grid_mass[i, j, k]                                                            <L 34>
        // adj: i, j, k = wp.tid()                                                                <L 33>
        // adj: def update_grid_velocity(                                                         <L 24>
        continue;
    }
}



extern "C" __global__ void seed_field_789f8a49_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> var_result)
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
        wp::int32 var_2;
        wp::float32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::shape_t* var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::shape_t var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::shape_t* var_22;
        const wp::int32 var_23 = 2;
        wp::int32 var_24;
        wp::shape_t var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 3.14159265358979;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        //---------
        // forward
        // def seed_field(amplitude: float, result: wp.array3d[float]):                           <L 61>
        // i, j, k = wp.tid()                                                                     <L 63>
        builtin_tid3d(var_0, var_1, var_2);
        // x = float(i) / float(result.shape[0] - 1)                                              <L 66>
        var_3 = wp::float(var_0);
        var_4 = &(var_result.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_9 = wp::sub(var_6, var_8);
        var_10 = wp::float(var_9);
        var_11 = wp::div(var_3, var_10);
        // y = float(j) / float(result.shape[1] - 1)                                              <L 67>
        var_12 = wp::float(var_1);
        var_13 = &(var_result.shape);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_18 = wp::sub(var_15, var_17);
        var_19 = wp::float(var_18);
        var_20 = wp::div(var_12, var_19);
        // z = float(k) / float(result.shape[2] - 1)                                              <L 68>
        var_21 = wp::float(var_2);
        var_22 = &(var_result.shape);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_27 = wp::sub(var_24, var_26);
        var_28 = wp::float(var_27);
        var_29 = wp::div(var_21, var_28);
        // result[i, j, k] = amplitude * wp.sin(PI * x) * wp.sin(PI * y) * wp.sin(PI * z)         <L 70>
        var_31 = wp::mul(var_30, var_11);
        var_32 = wp::sin(var_31);
        var_33 = wp::mul(var_amplitude, var_32);
        var_34 = wp::mul(var_30, var_20);
        var_35 = wp::sin(var_34);
        var_36 = wp::mul(var_33, var_35);
        var_37 = wp::mul(var_30, var_29);
        var_38 = wp::sin(var_37);
        var_39 = wp::mul(var_36, var_38);
        wp::array_store(var_result, var_0, var_1, var_2, var_39);
    }
}



extern "C" __global__ void seed_field_789f8a49_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> var_result,
    wp::float32 adj_amplitude,
    wp::array_t<wp::float32> adj_result)
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
        wp::int32 var_2;
        wp::float32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::shape_t* var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::shape_t var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::shape_t* var_22;
        const wp::int32 var_23 = 2;
        wp::int32 var_24;
        wp::shape_t var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 3.14159265358979;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::shape_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::shape_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::shape_t adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::shape_t adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        //---------
        // forward
        // def seed_field(amplitude: float, result: wp.array3d[float]):                           <L 61>
        // i, j, k = wp.tid()                                                                     <L 63>
        builtin_tid3d(var_0, var_1, var_2);
        // x = float(i) / float(result.shape[0] - 1)                                              <L 66>
        var_3 = wp::float(var_0);
        var_4 = &(var_result.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_9 = wp::sub(var_6, var_8);
        var_10 = wp::float(var_9);
        var_11 = wp::div(var_3, var_10);
        // y = float(j) / float(result.shape[1] - 1)                                              <L 67>
        var_12 = wp::float(var_1);
        var_13 = &(var_result.shape);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_18 = wp::sub(var_15, var_17);
        var_19 = wp::float(var_18);
        var_20 = wp::div(var_12, var_19);
        // z = float(k) / float(result.shape[2] - 1)                                              <L 68>
        var_21 = wp::float(var_2);
        var_22 = &(var_result.shape);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_27 = wp::sub(var_24, var_26);
        var_28 = wp::float(var_27);
        var_29 = wp::div(var_21, var_28);
        // result[i, j, k] = amplitude * wp.sin(PI * x) * wp.sin(PI * y) * wp.sin(PI * z)         <L 70>
        var_31 = wp::mul(var_30, var_11);
        var_32 = wp::sin(var_31);
        var_33 = wp::mul(var_amplitude, var_32);
        var_34 = wp::mul(var_30, var_20);
        var_35 = wp::sin(var_34);
        var_36 = wp::mul(var_33, var_35);
        var_37 = wp::mul(var_30, var_29);
        var_38 = wp::sin(var_37);
        var_39 = wp::mul(var_36, var_38);
        // wp::array_store(var_result, var_0, var_1, var_2, var_39);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_1, var_2, var_39, adj_result, adj_0, adj_1, adj_2, adj_39);
        wp::adj_mul(var_36, var_38, adj_36, adj_38, adj_39);
        wp::adj_sin(var_37, adj_37, adj_38);
        wp::adj_mul(var_30, var_29, adj_30, adj_29, adj_37);
        wp::adj_mul(var_33, var_35, adj_33, adj_35, adj_36);
        wp::adj_sin(var_34, adj_34, adj_35);
        wp::adj_mul(var_30, var_20, adj_30, adj_20, adj_34);
        wp::adj_mul(var_amplitude, var_32, adj_amplitude, adj_32, adj_33);
        wp::adj_sin(var_31, adj_31, adj_32);
        wp::adj_mul(var_30, var_11, adj_30, adj_11, adj_31);
        // adj: result[i, j, k] = amplitude * wp.sin(PI * x) * wp.sin(PI * y) * wp.sin(PI * z)    <L 70>
        wp::adj_div(var_21, var_28, var_29, adj_21, adj_28, adj_29);
        wp::adj_float(var_27, adj_27, adj_28);
        wp::adj_sub(var_24, var_26, adj_24, adj_26, adj_27);
        adj_result.shape = adj_22;
        wp::adj_float(var_2, adj_2, adj_21);
        // adj: z = float(k) / float(result.shape[2] - 1)                                         <L 68>
        wp::adj_div(var_12, var_19, var_20, adj_12, adj_19, adj_20);
        wp::adj_float(var_18, adj_18, adj_19);
        wp::adj_sub(var_15, var_17, adj_15, adj_17, adj_18);
        adj_result.shape = adj_13;
        wp::adj_float(var_1, adj_1, adj_12);
        // adj: y = float(j) / float(result.shape[1] - 1)                                         <L 67>
        wp::adj_div(var_3, var_10, var_11, adj_3, adj_10, adj_11);
        wp::adj_float(var_9, adj_9, adj_10);
        wp::adj_sub(var_6, var_8, adj_6, adj_8, adj_9);
        adj_result.shape = adj_4;
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: x = float(i) / float(result.shape[0] - 1)                                         <L 66>
        // adj: i, j, k = wp.tid()                                                                <L 63>
        // adj: def seed_field(amplitude: float, result: wp.array3d[float]):                      <L 61>
        continue;
    }
}



extern "C" __global__ void step_field_f617f0ea_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_field)
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
        wp::int32 var_2;
        wp::float32* var_3;
        const wp::float32 var_4 = 1.0;
        const wp::float32 var_5 = 0.1;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def step_field(delta_time: float, field: wp.array3d[float]):                           <L 55>
        // i, j, k = wp.tid()                                                                     <L 56>
        builtin_tid3d(var_0, var_1, var_2);
        // field[i, j, k] *= 1.0 - 0.1 * delta_time                                               <L 57>
        var_3 = wp::address(var_field, var_0, var_1, var_2);
        var_6 = wp::mul(var_5, var_delta_time);
        var_7 = wp::sub(var_4, var_6);
        var_9 = wp::load(var_3);
        var_8 = wp::mul(var_9, var_7);
        wp::array_store(var_field, var_0, var_1, var_2, var_8);
    }
}



extern "C" __global__ void step_field_f617f0ea_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_field,
    wp::float32 adj_delta_time,
    wp::array_t<wp::float32> adj_field)
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
        wp::int32 var_2;
        wp::float32* var_3;
        const wp::float32 var_4 = 1.0;
        const wp::float32 var_5 = 0.1;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def step_field(delta_time: float, field: wp.array3d[float]):                           <L 55>
        // i, j, k = wp.tid()                                                                     <L 56>
        builtin_tid3d(var_0, var_1, var_2);
        // field[i, j, k] *= 1.0 - 0.1 * delta_time                                               <L 57>
        var_3 = wp::address(var_field, var_0, var_1, var_2);
        var_6 = wp::mul(var_5, var_delta_time);
        var_7 = wp::sub(var_4, var_6);
        var_9 = wp::load(var_3);
        var_8 = wp::mul(var_9, var_7);
        // wp::array_store(var_field, var_0, var_1, var_2, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_field, var_0, var_1, var_2, var_8, adj_field, adj_0, adj_1, adj_2, adj_8);
        wp::adj_mul(var_9, var_7, adj_3, adj_7, adj_8);
        wp::adj_sub(var_4, var_6, adj_4, adj_6, adj_7);
        wp::adj_mul(var_5, var_delta_time, adj_5, adj_delta_time, adj_6);
        wp::adj_address(var_field, var_0, var_1, var_2, adj_field, adj_0, adj_1, adj_2, adj_3);
        // adj: field[i, j, k] *= 1.0 - 0.1 * delta_time                                          <L 57>
        // adj: i, j, k = wp.tid()                                                                <L 56>
        // adj: def step_field(delta_time: float, field: wp.array3d[float]):                      <L 55>
        continue;
    }
}

