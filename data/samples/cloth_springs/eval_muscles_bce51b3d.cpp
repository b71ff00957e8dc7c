// Warp 1.19.0 cpu code for eval_muscles_bce51b3d.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_eval_muscles_678f00fd {
    wp::array_t<wp::int32> springs;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> rest_lengths;
    wp::array_t<wp::float32> actuation;
    wp::array_t<wp::float32> spring_stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::float32 omega;
    wp::float32 time;
};


template <bool wp_linear_contiguous>
static void eval_muscles_678f00fd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_muscles_678f00fd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::array_t<wp::float32> var_actuation = _wp_args->actuation;
    wp::array_t<wp::float32> var_spring_stiffness = _wp_args->spring_stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time = _wp_args->time;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    //---------
    // forward
    // def eval_muscles(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // i = springs[tid, 0]                                                                    <L 16>
    var_2 = wp::address(var_springs, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = springs[tid, 1]                                                                    <L 17>
    var_6 = wp::address(var_springs, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rest = rest_lengths[tid]                                                               <L 18>
    var_9 = wp::address(var_rest_lengths, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // k = spring_stiffness[tid]                                                              <L 19>
    var_12 = wp::address(var_spring_stiffness, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // l0 = rest * (1.0 + actuation[tid] * wp.sin(omega * time))                              <L 20>
    var_16 = wp::address(var_actuation, var_0);
    var_17 = wp::mul(var_omega, var_time);
    var_18 = wp::sin(var_17);
    var_20 = wp::load(var_16);
    var_19 = wp::mul(var_20, var_18);
    var_21 = wp::add(var_15, var_19);
    var_22 = wp::mul(var_10, var_21);
    // d = positions[j] - positions[i]                                                        <L 21>
    var_23 = wp::address(var_positions, var_7);
    var_24 = wp::address(var_positions, var_3);
    var_26 = wp::load(var_23);
    var_27 = wp::load(var_24);
    var_25 = wp::sub(var_26, var_27);
    // l = wp.length(d)                                                                       <L 22>
    var_28 = wp::length(var_25);
    // if l == 0.0:                                                                           <L 23>
    var_30 = (var_28 == var_29);
    if (var_30) {
        // return                                                                             <L 24>
        return;
    }
    // dir = d / l                                                                            <L 25>
    var_31 = wp::div(var_25, var_28);
    // f = dir * (k * (l - l0))                                                               <L 26>
    var_32 = wp::sub(var_28, var_22);
    var_33 = wp::mul(var_13, var_32);
    var_34 = wp::mul(var_31, var_33);
    // wp.atomic_add(particle_f, i, f)                                                        <L 27>
    var_35 = wp::atomic_add(var_particle_f, var_3, var_34);
    // wp.atomic_sub(particle_f, j, f)                                                        <L 28>
    var_36 = wp::atomic_sub(var_particle_f, var_7, var_34);
}



template <bool wp_linear_contiguous>
static void eval_muscles_678f00fd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_muscles_678f00fd *_wp_args,
    wp_args_eval_muscles_678f00fd *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::array_t<wp::float32> var_actuation = _wp_args->actuation;
    wp::array_t<wp::float32> var_spring_stiffness = _wp_args->spring_stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time = _wp_args->time;
    wp::array_t<wp::int32> adj_springs = _wp_adj_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_rest_lengths = _wp_adj_args->rest_lengths;
    wp::array_t<wp::float32> adj_actuation = _wp_adj_args->actuation;
    wp::array_t<wp::float32> adj_spring_stiffness = _wp_adj_args->spring_stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::float32 adj_omega = _wp_adj_args->omega;
    wp::float32 adj_time = _wp_adj_args->time;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    //---------
    // forward
    // def eval_muscles(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // i = springs[tid, 0]                                                                    <L 16>
    var_2 = wp::address(var_springs, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = springs[tid, 1]                                                                    <L 17>
    var_6 = wp::address(var_springs, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rest = rest_lengths[tid]                                                               <L 18>
    var_9 = wp::address(var_rest_lengths, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // k = spring_stiffness[tid]                                                              <L 19>
    var_12 = wp::address(var_spring_stiffness, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // l0 = rest * (1.0 + actuation[tid] * wp.sin(omega * time))                              <L 20>
    var_16 = wp::address(var_actuation, var_0);
    var_17 = wp::mul(var_omega, var_time);
    var_18 = wp::sin(var_17);
    var_20 = wp::load(var_16);
    var_19 = wp::mul(var_20, var_18);
    var_21 = wp::add(var_15, var_19);
    var_22 = wp::mul(var_10, var_21);
    // d = positions[j] - positions[i]                                                        <L 21>
    var_23 = wp::address(var_positions, var_7);
    var_24 = wp::address(var_positions, var_3);
    var_26 = wp::load(var_23);
    var_27 = wp::load(var_24);
    var_25 = wp::sub(var_26, var_27);
    // l = wp.length(d)                                                                       <L 22>
    var_28 = wp::length(var_25);
    // if l == 0.0:                                                                           <L 23>
    var_30 = (var_28 == var_29);
    if (var_30) {
        // return                                                                             <L 24>
        goto label0;
    }
    // dir = d / l                                                                            <L 25>
    var_31 = wp::div(var_25, var_28);
    // f = dir * (k * (l - l0))                                                               <L 26>
    var_32 = wp::sub(var_28, var_22);
    var_33 = wp::mul(var_13, var_32);
    var_34 = wp::mul(var_31, var_33);
    // wp.atomic_add(particle_f, i, f)                                                        <L 27>
    // var_35 = wp::atomic_add(var_particle_f, var_3, var_34);
    // wp.atomic_sub(particle_f, j, f)                                                        <L 28>
    // var_36 = wp::atomic_sub(var_particle_f, var_7, var_34);
    //---------
    // reverse
    wp::adj_atomic_sub(var_particle_f, var_7, var_34, adj_particle_f, adj_7, adj_34, adj_36);
    // adj: wp.atomic_sub(particle_f, j, f)                                                   <L 28>
    wp::adj_atomic_add(var_particle_f, var_3, var_34, adj_particle_f, adj_3, adj_34, adj_35);
    // adj: wp.atomic_add(particle_f, i, f)                                                   <L 27>
    wp::adj_mul(var_31, var_33, adj_31, adj_33, adj_34);
    wp::adj_mul(var_13, var_32, adj_13, adj_32, adj_33);
    wp::adj_sub(var_28, var_22, adj_28, adj_22, adj_32);
    // adj: f = dir * (k * (l - l0))                                                          <L 26>
    wp::adj_div(var_25, var_28, adj_25, adj_28, adj_31);
    // adj: dir = d / l                                                                       <L 25>
    if (var_30) {
        label0:;
        // adj: return                                                                        <L 24>
    }
    // adj: if l == 0.0:                                                                      <L 23>
    wp::adj_length(var_25, var_28, adj_25, adj_28);
    // adj: l = wp.length(d)                                                                  <L 22>
    wp::adj_sub(var_26, var_27, adj_23, adj_24, adj_25);
    wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_24);
    wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_23);
    // adj: d = positions[j] - positions[i]                                                   <L 21>
    wp::adj_mul(var_10, var_21, adj_10, adj_21, adj_22);
    wp::adj_add(var_15, var_19, adj_15, adj_19, adj_21);
    wp::adj_mul(var_20, var_18, adj_16, adj_18, adj_19);
    wp::adj_sin(var_17, adj_17, adj_18);
    wp::adj_mul(var_omega, var_time, adj_omega, adj_time, adj_17);
    wp::adj_address(var_actuation, var_0, adj_actuation, adj_0, adj_16);
    // adj: l0 = rest * (1.0 + actuation[tid] * wp.sin(omega * time))                         <L 20>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_spring_stiffness, var_0, adj_spring_stiffness, adj_0, adj_12);
    // adj: k = spring_stiffness[tid]                                                         <L 19>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_rest_lengths, var_0, adj_rest_lengths, adj_0, adj_9);
    // adj: rest = rest_lengths[tid]                                                          <L 18>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_springs, var_0, var_5, adj_springs, adj_0, adj_5, adj_6);
    // adj: j = springs[tid, 1]                                                               <L 17>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_springs, var_0, var_1, adj_springs, adj_0, adj_1, adj_2);
    // adj: i = springs[tid, 0]                                                               <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def eval_muscles(                                                                 <L 5>
    return;
}



struct eval_muscles_678f00fd_cpu_block_payload_forward
{
    wp_args_eval_muscles_678f00fd* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void eval_muscles_678f00fd_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    eval_muscles_678f00fd_cpu_block_payload_forward* payload = (eval_muscles_678f00fd_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    eval_muscles_678f00fd_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_muscles_678f00fd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_678f00fd *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        eval_muscles_678f00fd_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &eval_muscles_678f00fd_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct eval_muscles_678f00fd_cpu_block_payload_backward
{
    wp_args_eval_muscles_678f00fd* args;
    wp_args_eval_muscles_678f00fd* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void eval_muscles_678f00fd_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    eval_muscles_678f00fd_cpu_block_payload_backward* payload = (eval_muscles_678f00fd_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    eval_muscles_678f00fd_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void eval_muscles_678f00fd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_678f00fd *_wp_args,
    wp_args_eval_muscles_678f00fd *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        eval_muscles_678f00fd_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &eval_muscles_678f00fd_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

