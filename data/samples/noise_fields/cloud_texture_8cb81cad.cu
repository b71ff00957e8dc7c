// Warp 1.19.0 cuda code for cloud_texture_8cb81cad.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// cloud_texture.py:7
static CUDA_CALLABLE wp::vec_t<2, wp::float32> grid_coord_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_freq)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    //---------
    // forward
    // def grid_coord(i: wp.int32, j: wp.int32, freq: float):                                 <L 8>
    // return wp.vec2(float(i), float(j)) * freq                                              <L 9>
    var_0 = wp::float(var_i);
    var_1 = wp::float(var_j);
    var_2 = wp::vec_t<2, wp::float32>(var_0, var_1);
    var_3 = wp::mul(var_2, var_freq);
    return var_3;
}


// cloud_texture.py:7
static CUDA_CALLABLE void adj_grid_coord_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_freq,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float32 & adj_freq,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    //---------
    // forward
    // def grid_coord(i: wp.int32, j: wp.int32, freq: float):                                 <L 8>
    // return wp.vec2(float(i), float(j)) * freq                                              <L 9>
    var_0 = wp::float(var_i);
    var_1 = wp::float(var_j);
    var_2 = wp::vec_t<2, wp::float32>(var_0, var_1);
    var_3 = wp::mul(var_2, var_freq);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mul(var_2, var_freq, adj_2, adj_freq, adj_3);
    wp::adj_vec_t(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_float(var_j, adj_j, adj_1);
    wp::adj_float(var_i, adj_i, adj_0);
    // adj: return wp.vec2(float(i), float(j)) * freq                                         <L 9>
    // adj: def grid_coord(i: wp.int32, j: wp.int32, freq: float):                            <L 8>
    return;
}



extern "C" __global__ void cloud_texture_0c9360d0_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_rng_seed,
    wp::float32 var_freq,
    wp::array_t<wp::float32> var_values)
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
        wp::uint32 var_2;
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.5;
        wp::float32 var_19;
        const wp::float32 var_20 = 2.0;
        wp::float32 var_21;
        const wp::int32 var_22 = 1;
        wp::vec_t<2, wp::float32> var_23;
        wp::vec_t<2, wp::float32> var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.5;
        wp::float32 var_30;
        const wp::float32 var_31 = 2.0;
        wp::float32 var_32;
        const wp::int32 var_33 = 2;
        wp::vec_t<2, wp::float32> var_34;
        wp::vec_t<2, wp::float32> var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 0.5;
        wp::float32 var_41;
        const wp::float32 var_42 = 2.0;
        wp::float32 var_43;
        const wp::int32 var_44 = 3;
        wp::vec_t<2, wp::float32> var_45;
        wp::vec_t<2, wp::float32> var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = 0.5;
        wp::float32 var_52;
        const wp::float32 var_53 = 2.0;
        wp::float32 var_54;
        const wp::int32 var_55 = 4;
        wp::vec_t<2, wp::float32> var_56;
        wp::vec_t<2, wp::float32> var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        const wp::float32 var_62 = 0.5;
        wp::float32 var_63;
        const wp::float32 var_64 = 2.0;
        wp::float32 var_65;
        wp::float32 var_66;
        //---------
        // forward
        // def cloud_texture(rng_seed: wp.int32, freq: float, values: wp.array2d[float]):         <L 13>
        // i, j = wp.tid()                                                                        <L 15>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(rng_seed)                                                         <L 16>
        var_2 = wp::rand_init(var_rng_seed);
        // total = float(0.0)                                                                     <L 17>
        var_4 = wp::float(var_3);
        // norm = float(0.0)                                                                      <L 18>
        var_6 = wp::float(var_5);
        // amplitude = float(1.0)                                                                 <L 19>
        var_8 = wp::float(var_7);
        // frequency = float(1.0)                                                                 <L 20>
        var_10 = wp::float(var_9);
        // for _octave in range(NUM_OCTAVES):                                                     <L 21>
        // total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)               <L 22>
        var_12 = grid_coord_0(var_0, var_1, var_freq);
        var_13 = wp::mul(var_12, var_10);
        var_14 = wp::noise(var_2, var_13);
        var_15 = wp::mul(var_8, var_14);
        var_16 = wp::add(var_4, var_15);
        // norm += amplitude                                                                      <L 23>
        var_17 = wp::add(var_6, var_8);
        // amplitude *= 0.5                                                                       <L 24>
        var_19 = wp::mul(var_8, var_18);
        // frequency *= 2.0                                                                       <L 25>
        var_21 = wp::mul(var_10, var_20);
        // total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)               <L 22>
        var_23 = grid_coord_0(var_0, var_1, var_freq);
        var_24 = wp::mul(var_23, var_21);
        var_25 = wp::noise(var_2, var_24);
        var_26 = wp::mul(var_19, var_25);
        var_27 = wp::add(var_16, var_26);
        // norm += amplitude                                                                      <L 23>
        var_28 = wp::add(var_17, var_19);
        // amplitude *= 0.5                                                                       <L 24>
        var_30 = wp::mul(var_19, var_29);
        // frequency *= 2.0                                                                       <L 25>
        var_32 = wp::mul(var_21, var_31);
        // total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)               <L 22>
        var_34 = grid_coord_0(var_0, var_1, var_freq);
        var_35 = wp::mul(var_34, var_32);
        var_36 = wp::noise(var_2, var_35);
        var_37 = wp::mul(var_30, var_36);
        var_38 = wp::add(var_27, var_37);
        // norm += amplitude                                                                      <L 23>
        var_39 = wp::add(var_28, var_30);
        // amplitude *= 0.5                                                                       <L 24>
        var_41 = wp::mul(var_30, var_40);
        // frequency *= 2.0                                                                       <L 25>
        var_43 = wp::mul(var_32, var_42);
        // total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)               <L 22>
        var_45 = grid_coord_0(var_0, var_1, var_freq);
        var_46 = wp::mul(var_45, var_43);
        var_47 = wp::noise(var_2, var_46);
        var_48 = wp::mul(var_41, var_47);
        var_49 = wp::add(var_38, var_48);
        // norm += amplitude                                                                      <L 23>
        var_50 = wp::add(var_39, var_41);
        // amplitude *= 0.5                                                                       <L 24>
        var_52 = wp::mul(var_41, var_51);
        // frequency *= 2.0                                                                       <L 25>
        var_54 = wp::mul(var_43, var_53);
        // total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)               <L 22>
        var_56 = grid_coord_0(var_0, var_1, var_freq);
        var_57 = wp::mul(var_56, var_54);
        var_58 = wp::noise(var_2, var_57);
        var_59 = wp::mul(var_52, var_58);
        var_60 = wp::add(var_49, var_59);
        // norm += amplitude                                                                      <L 23>
        var_61 = wp::add(var_50, var_52);
        // amplitude *= 0.5                                                                       <L 24>
        var_63 = wp::mul(var_52, var_62);
        // frequency *= 2.0                                                                       <L 25>
        var_65 = wp::mul(var_54, var_64);
        // values[i, j] = total / norm                                                            <L 26>
        var_66 = wp::div(var_60, var_61);
        wp::array_store(var_values, var_0, var_1, var_66);
    }
}



extern "C" __global__ void cloud_texture_0c9360d0_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_rng_seed,
    wp::float32 var_freq,
    wp::array_t<wp::float32> var_values,
    wp::int32 adj_rng_seed,
    wp::float32 adj_freq,
    wp::array_t<wp::float32> adj_values)
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
        wp::uint32 var_2;
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.5;
        wp::float32 var_19;
        const wp::float32 var_20 = 2.0;
        wp::float32 var_21;
        const wp::int32 var_22 = 1;
        wp::vec_t<2, wp::float32> var_23;
        wp::vec_t<2, wp::float32> var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.5;
        wp::float32 var_30;
        const wp::float32 var_31 = 2.0;
        wp::float32 var_32;
        const wp::int32 var_33 = 2;
        wp::vec_t<2, wp::float32> var_34;
        wp::vec_t<2, wp::float32> var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 0.5;
        wp::float32 var_41;
        const wp::float32 var_42 = 2.0;
        wp::float32 var_43;
        const wp::int32 var_44 = 3;
        wp::vec_t<2, wp::float32> var_45;
        wp::vec_t<2, wp::float32> var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = 0.5;
        wp::float32 var_52;
        const wp::float32 var_53 = 2.0;
        wp::float32 var_54;
        const wp::int32 var_55 = 4;
        wp::vec_t<2, wp::float32> var_56;
        wp::vec_t<2, wp::float32> var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        const wp::float32 var_62 = 0.5;
        wp::float32 var_63;
        const wp::float32 var_64 = 2.0;
        wp::float32 var_65;
        wp::float32 var_66;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::vec_t<2, wp::float32> adj_23 = {};
        wp::vec_t<2, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::vec_t<2, wp::float32> adj_34 = {};
        wp::vec_t<2, wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::vec_t<2, wp::float32> adj_45 = {};
        wp::vec_t<2, wp::float32> adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::vec_t<2, wp::float32> adj_56 = {};
        wp::vec_t<2, wp::float32> adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        //---------
        // forward
        // def cloud_texture(rng_seed: wp.int32, freq: float, values: wp.array2d[float]):         <L 13>
        // i, j = wp.tid()                                                                        <L 15>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(rng_seed)                                                         <L 16>
        var_2 = wp::rand_init(var_rng_seed);
        // total = float(0.0)                                                                     <L 17>
        var_4 = wp::float(var_3);
        // norm = float(0.0)                                                                      <L 18>
        var_6 = wp::float(var_5);
        // amplitude = float(1.0)                                                                 <L 19>
        var_8 = wp::float(var_7);
        // frequency = float(1.0)                                                                 <L 20>
        var_10 = wp::float(var_9);
        // for _octave in range(NUM_OCTAVES):                                                     <L 21>
        // total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)               <L 22>
        var_12 = grid_coord_0(var_0, var_1, var_freq);
        var_13 = wp::mul(var_12, var_10);
        var_14 = wp::noise(var_2, var_13);
        var_15 = wp::mul(var_8, var_14);
        var_16 = wp::add(var_4, var_15);
        // norm += amplitude                                                                      <L 23>
        var_17 = wp::add(var_6, var_8);
        // amplitude *= 0.5                                                                       <L 24>
        var_19 = wp::mul(var_8, var_18);
        // frequency *= 2.0                                                                       <L 25>
        var_21 = wp::mul(var_10, var_20);
        // total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)               <L 22>
        var_23 = grid_coord_0(var_0, var_1, var_freq);
        var_24 = wp::mul(var_23, var_21);
        var_25 = wp::noise(var_2, var_24);
        var_26 = wp::mul(var_19, var_25);
        var_27 = wp::add(var_16, var_26);
        // norm += amplitude                                                                      <L 23>
        var_28 = wp::add(var_17, var_19);
        // amplitude *= 0.5                                                                       <L 24>
        var_30 = wp::mul(var_19, var_29);
        // frequency *= 2.0                                                                       <L 25>
        var_32 = wp::mul(var_21, var_31);
        // total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)               <L 22>
        var_34 = grid_coord_0(var_0, var_1, var_freq);
        var_35 = wp::mul(var_34, var_32);
        var_36 = wp::noise(var_2, var_35);
        var_37 = wp::mul(var_30, var_36);
        var_38 = wp::add(var_27, var_37);
        // norm += amplitude                                                                      <L 23>
        var_39 = wp::add(var_28, var_30);
        // amplitude *= 0.5                                                                       <L 24>
        var_41 = wp::mul(var_30, var_40);
        // frequency *= 2.0                                                                       <L 25>
        var_43 = wp::mul(var_32, var_42);
        // total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)               <L 22>
        var_45 = grid_coord_0(var_0, var_1, var_freq);
        var_46 = wp::mul(var_45, var_43);
        var_47 = wp::noise(var_2, var_46);
        var_48 = wp::mul(var_41, var_47);
        var_49 = wp::add(var_38, var_48);
        // norm += amplitude                                                                      <L 23>
        var_50 = wp::add(var_39, var_41);
        // amplitude *= 0.5                                                                       <L 24>
        var_52 = wp::mul(var_41, var_51);
        // frequency *= 2.0                                                                       <L 25>
        var_54 = wp::mul(var_43, var_53);
        // total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)               <L 22>
        var_56 = grid_coord_0(var_0, var_1, var_freq);
        var_57 = wp::mul(var_56, var_54);
        var_58 = wp::noise(var_2, var_57);
        var_59 = wp::mul(var_52, var_58);
        var_60 = wp::add(var_49, var_59);
        // norm += amplitude                                                                      <L 23>
        var_61 = wp::add(var_50, var_52);
        // amplitude *= 0.5                                                                       <L 24>
        var_63 = wp::mul(var_52, var_62);
        // frequency *= 2.0                                                                       <L 25>
        var_65 = wp::mul(var_54, var_64);
        // values[i, j] = total / norm                                                            <L 26>
        var_66 = wp::div(var_60, var_61);
        // wp::array_store(var_values, var_0, var_1, var_66);
        //---------
        // reverse
        wp::adj_array_store(var_values, var_0, var_1, var_66, adj_values, adj_0, adj_1, adj_66);
        wp::adj_div(var_60, var_61, var_66, adj_60, adj_61, adj_66);
        // adj: values[i, j] = total / norm                                                       <L 26>
        wp::adj_mul(var_54, var_64, adj_54, adj_64, adj_65);
        // adj: frequency *= 2.0                                                                  <L 25>
        wp::adj_mul(var_52, var_62, adj_52, adj_62, adj_63);
        // adj: amplitude *= 0.5                                                                  <L 24>
        wp::adj_add(var_50, var_52, adj_50, adj_52, adj_61);
        // adj: norm += amplitude                                                                 <L 23>
        wp::adj_add(var_49, var_59, adj_49, adj_59, adj_60);
        wp::adj_mul(var_52, var_58, adj_52, adj_58, adj_59);
        wp::adj_noise(var_2, var_57, adj_2, adj_57, adj_58);
        wp::adj_mul(var_56, var_54, adj_56, adj_54, adj_57);
        adj_grid_coord_0(var_0, var_1, var_freq, adj_0, adj_1, adj_freq, adj_56);
        // adj: total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)          <L 22>
        wp::adj_mul(var_43, var_53, adj_43, adj_53, adj_54);
        // adj: frequency *= 2.0                                                                  <L 25>
        wp::adj_mul(var_41, var_51, adj_41, adj_51, adj_52);
        // adj: amplitude *= 0.5                                                                  <L 24>
        wp::adj_add(var_39, var_41, adj_39, adj_41, adj_50);
        // adj: norm += amplitude                                                                 <L 23>
        wp::adj_add(var_38, var_48, adj_38, adj_48, adj_49);
        wp::adj_mul(var_41, var_47, adj_41, adj_47, adj_48);
        wp::adj_noise(var_2, var_46, adj_2, adj_46, adj_47);
        wp::adj_mul(var_45, var_43, adj_45, adj_43, adj_46);
        adj_grid_coord_0(var_0, var_1, var_freq, adj_0, adj_1, adj_freq, adj_45);
        // adj: total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)          <L 22>
        wp::adj_mul(var_32, var_42, adj_32, adj_42, adj_43);
        // adj: frequency *= 2.0                                                                  <L 25>
        wp::adj_mul(var_30, var_40, adj_30, adj_40, adj_41);
        // adj: amplitude *= 0.5                                                                  <L 24>
        wp::adj_add(var_28, var_30, adj_28, adj_30, adj_39);
        // adj: norm += amplitude                                                                 <L 23>
        wp::adj_add(var_27, var_37, adj_27, adj_37, adj_38);
        wp::adj_mul(var_30, var_36, adj_30, adj_36, adj_37);
        wp::adj_noise(var_2, var_35, adj_2, adj_35, adj_36);
        wp::adj_mul(var_34, var_32, adj_34, adj_32, adj_35);
        adj_grid_coord_0(var_0, var_1, var_freq, adj_0, adj_1, adj_freq, adj_34);
        // adj: total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)          <L 22>
        wp::adj_mul(var_21, var_31, adj_21, adj_31, adj_32);
        // adj: frequency *= 2.0                                                                  <L 25>
        wp::adj_mul(var_19, var_29, adj_19, adj_29, adj_30);
        // adj: amplitude *= 0.5                                                                  <L 24>
        wp::adj_add(var_17, var_19, adj_17, adj_19, adj_28);
        // adj: norm += amplitude                                                                 <L 23>
        wp::adj_add(var_16, var_26, adj_16, adj_26, adj_27);
        wp::adj_mul(var_19, var_25, adj_19, adj_25, adj_26);
        wp::adj_noise(var_2, var_24, adj_2, adj_24, adj_25);
        wp::adj_mul(var_23, var_21, adj_23, adj_21, adj_24);
        adj_grid_coord_0(var_0, var_1, var_freq, adj_0, adj_1, adj_freq, adj_23);
        // adj: total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)          <L 22>
        wp::adj_mul(var_10, var_20, adj_10, adj_20, adj_21);
        // adj: frequency *= 2.0                                                                  <L 25>
        wp::adj_mul(var_8, var_18, adj_8, adj_18, adj_19);
        // adj: amplitude *= 0.5                                                                  <L 24>
        wp::adj_add(var_6, var_8, adj_6, adj_8, adj_17);
        // adj: norm += amplitude                                                                 <L 23>
        wp::adj_add(var_4, var_15, adj_4, adj_15, adj_16);
        wp::adj_mul(var_8, var_14, adj_8, adj_14, adj_15);
        wp::adj_noise(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_mul(var_12, var_10, adj_12, adj_10, adj_13);
        adj_grid_coord_0(var_0, var_1, var_freq, adj_0, adj_1, adj_freq, adj_12);
        // adj: total += amplitude * wp.noise(state, grid_coord(i, j, freq) * frequency)          <L 22>
        // adj: for _octave in range(NUM_OCTAVES):                                                <L 21>
        wp::adj_float(var_9, adj_9, adj_10);
        // adj: frequency = float(1.0)                                                            <L 20>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: amplitude = float(1.0)                                                            <L 19>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: norm = float(0.0)                                                                 <L 18>
        wp::adj_float(var_3, adj_3, adj_4);
        // adj: total = float(0.0)                                                                <L 17>
        // adj: state = wp.rand_init(rng_seed)                                                    <L 16>
        // adj: i, j = wp.tid()                                                                   <L 15>
        // adj: def cloud_texture(rng_seed: wp.int32, freq: float, values: wp.array2d[float]):    <L 13>
        continue;
    }
}

